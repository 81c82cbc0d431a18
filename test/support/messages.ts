// Code that runs in Node has every locale's messages from the start, as the `kpi` command does by
// importing src/i18n; the task pane loads its user's alone (src/i18n/load.ts). Tests that reach the
// plan or the pane's model without the CLI get them here.
import "../../src/i18n";
