import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ConflictCell } from "../Taskpane/Taskpane.types";
import type { TaskpaneStrings } from "../strings";

const useStyles = makeStyles({
  list: { maxHeight: "40vh", overflowY: "auto", paddingInlineStart: tokens.spacingHorizontalL },
});

export interface ConflictDialogProps {
  strings: TaskpaneStrings;
  /** The cells to overwrite; the dialog is open while there are some. */
  conflicts: ConflictCell[] | null;
  answer(overwrite: boolean): void;
}

/** Asks before overwriting cells the add-in did not write, listing every one of them. */
export function ConflictDialog({ strings: s, conflicts, answer }: ConflictDialogProps) {
  const classes = useStyles();
  return (
    <Dialog
      open={conflicts !== null}
      modalType="alert"
      onOpenChange={(_, data) => !data.open && answer(false)}
    >
      <DialogSurface aria-describedby="kpi-conflicts">
        <DialogBody>
          <DialogTitle>{s.conflictTitle}</DialogTitle>
          <DialogContent id="kpi-conflicts">
            <p>{s.conflictIntro(conflicts?.length ?? 0)}</p>
            <ul className={classes.list}>
              {conflicts?.map((c) => (
                <li key={`${c.sheet}!${c.cell}`}>{c.text}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => answer(true)}>
              {s.conflictConfirm}
            </Button>
            <Button onClick={() => answer(false)}>{s.conflictCancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
