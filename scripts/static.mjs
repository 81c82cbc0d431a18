// The request handler both servers use: `npm run demo` (scripts/demo.mjs, http on 127.0.0.1) and
// `npm run serve` (scripts/serve.mjs, https on localhost for Excel). Files of one folder only, GET
// and HEAD only; a malformed address answers 400 (never a crash), anything outside the folder or
// missing 404. No wildcard CORS: only the origins `allowOrigin` accepts are named back.
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, resolve, sep } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Excel on the web's and Office's own pages (https only). */
const OFFICE =
  /^https:\/\/([a-z0-9-]+\.)*(office\.com|officeapps\.live\.com|office365\.com|office\.net|sharepoint\.com)$/i;

export const isOfficeOrigin = (origin) => OFFICE.test(origin);

/** The file a request path names inside `root`, or null when it names none there. */
function fileOf(root, pathname, index) {
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return { status: 400 };
  }
  if (path.includes("\0")) return { status: 400 };
  const file = resolve(root, `.${path === "/" ? `/${index}` : path}`);
  if (file !== root && !file.startsWith(root + sep)) return { status: 404 };
  try {
    return statSync(file).isFile() ? { status: 200, file } : { status: 404 };
  } catch {
    return { status: 404 };
  }
}

/**
 * A handler serving `root`: `index` for "/", `allowOrigin(origin)` deciding which cross-origin
 * pages may read the files (none by default).
 */
export function staticHandler({ root, index = "index.html", allowOrigin = () => false }) {
  const base = resolve(root);
  return (request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    let url;
    try {
      url = new URL(request.url ?? "/", "http://localhost");
    } catch {
      response.writeHead(400).end();
      return;
    }
    const found = fileOf(base, url.pathname, index);
    if (found.status !== 200) {
      response.writeHead(found.status).end();
      return;
    }
    const origin = request.headers.origin;
    const headers = {
      "Content-Type": TYPES[extname(found.file)] ?? "application/octet-stream",
      "X-Content-Type-Options": "nosniff",
      ...(typeof origin === "string" && allowOrigin(origin)
        ? { "Access-Control-Allow-Origin": origin, Vary: "Origin" }
        : {}),
    };
    response.writeHead(200, headers);
    if (request.method === "HEAD") response.end();
    else createReadStream(found.file).pipe(response);
  };
}

/** Serves a folder on 127.0.0.1 (port 0: a free one). Resolves to its URL and a close function. */
export function serveStatic(root, port = 0) {
  const server = createServer(staticHandler({ root }));
  return new Promise((done) =>
    server.listen(port, "127.0.0.1", () => {
      const { port: bound } = server.address();
      done({ url: `http://127.0.0.1:${bound}/`, close: () => new Promise((c) => server.close(c)) });
    }),
  );
}
