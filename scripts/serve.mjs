// `npm run serve`: serves dist/ on https://localhost:3000 with the Office development certificate
// (office-addin-dev-certs installs it on first use), as Excel requires for sideloaded add-ins.
import { getHttpsServerOptions } from "office-addin-dev-certs";
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:https";
import { extname, join, normalize } from "node:path";

const root = "dist";
const port = Number(process.env.npm_package_config_dev_server_port ?? 3000);
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

const options = await getHttpsServerOptions();
createServer(options, (request, response) => {
  const path = normalize(
    decodeURIComponent(new URL(request.url ?? "/", "https://localhost").pathname),
  ).replace(/^(\.\.[/\\])+/, "");
  const file = join(root, path === "/" ? "taskpane.html" : path);
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, {
    "Content-Type": types[extname(file)] ?? "application/octet-stream",
    "Access-Control-Allow-Origin": "*",
  });
  createReadStream(file).pipe(response);
}).listen(port, () => console.log(`serving ${root}/ on https://localhost:${port}`));
