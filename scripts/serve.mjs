// `npm run serve`: serves dist/ on https://localhost:3000 with the Office development certificate
// (office-addin-dev-certs installs it on first use), as Excel requires for sideloaded add-ins.
// Excel on the web reads the add-in's files (functions.json, functions.js) from its own pages, so
// those origins, and only those, may read them (scripts/static.mjs: no wildcard CORS).
import { getHttpsServerOptions } from "office-addin-dev-certs";
import { createServer } from "node:https";
import { isOfficeOrigin, staticHandler } from "./static.mjs";

const port = Number(process.env.npm_package_config_dev_server_port ?? 3000);

const options = await getHttpsServerOptions();
createServer(
  options,
  staticHandler({ root: "dist", index: "taskpane.html", allowOrigin: isOfficeOrigin }),
).listen(port, () => console.log(`serving dist/ on https://localhost:${port}`));
