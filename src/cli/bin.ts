import { handleError } from "./errors";
import { main } from "./main";

main(process.argv.slice(2)).catch(handleError);
