import { spawn, type ChildProcess } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { request } from "http";
import { tmpdir } from "os";
import { join } from "path";

/**
 * The handler behind `npm run demo` and `npm run serve` (scripts/static.mjs), in a server of its own
 * process as the scripts start it: a malformed address answers 400 and the server goes on, nothing
 * outside its folder is served, and only Office's pages get a CORS header, naming them.
 */

const ROOT = join(__dirname, "..", "..");
const served = mkdtempSync(join(tmpdir(), "kpi-static-"));
writeFileSync(join(served, "index.html"), "<!doctype html><title>kpi</title>");
writeFileSync(join(served, "functions.json"), "{}");

let child: ChildProcess;
let base = "";

const SERVER = `
import { createServer } from "node:http";
import { isOfficeOrigin, staticHandler } from "./scripts/static.mjs";
const server = createServer(staticHandler({ root: process.argv[1], allowOrigin: isOfficeOrigin }));
server.listen(0, "127.0.0.1", () => console.log("http://127.0.0.1:" + server.address().port));
`;

beforeAll(async () => {
  child = spawn(process.execPath, ["--input-type=module", "-e", SERVER, served], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
  });
  base = await new Promise<string>((resolve) =>
    child.stdout?.once("data", (chunk: Buffer) => resolve(chunk.toString().trim())),
  );
});
afterAll(() => child.kill());

/** A raw request (the path as written, not normalised by a URL parser). */
function get(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}/`, { path, headers }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the servers' request handler", () => {
  it("answers a malformed address with 400, and keeps serving", async () => {
    expect((await get("/%")).status).toBe(400);
    expect((await get("/%E0%A4%A")).status).toBe(400);
    expect((await get("/")).status).toBe(200);
  });

  it("serves nothing outside its folder", async () => {
    expect((await get("/../package.json")).status).toBe(404);
    expect((await get("/..%2f..%2fpackage.json")).status).toBe(404);
    expect((await get("/%00")).status).toBe(400);
    expect((await get("/missing.js")).status).toBe(404);
  });

  it("names only Office's pages in its CORS header, never a wildcard", async () => {
    const office = await get("/functions.json", { Origin: "https://excel.officeapps.live.com" });
    expect(office.headers["access-control-allow-origin"]).toBe("https://excel.officeapps.live.com");
    const other = await get("/functions.json", { Origin: "https://evil.example" });
    expect(other.headers["access-control-allow-origin"]).toBeUndefined();
    const plain = await get("/functions.json");
    expect(plain.headers["access-control-allow-origin"]).toBeUndefined();
  });
});
