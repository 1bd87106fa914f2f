// Copies the npm dependencies the widget needs into vendor/, so that serving and testing the widget needs no
// npm and no network. Run `make widget` (npm ci + this) after changing package.json.
import { copyFileSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const vendor = join(root, "vendor");
mkdirSync(vendor, { recursive: true });

// socket.io client as an ES module, without its source-map comment (the map is not served)
const client = readFileSync(join(root, "node_modules/socket.io-client/dist/socket.io.esm.min.js"), "utf8");
writeFileSync(join(vendor, "socket.io.esm.min.js"), client.replace(/\n\/\/# sourceMappingURL=.*\s*$/, "\n"));
copyFileSync(join(root, "node_modules/socket.io-client/LICENSE"), join(vendor, "socket.io-client.LICENSE"));
// axe-core: only for the browser tests (tests/e2e/widget), never served
copyFileSync(join(root, "node_modules/axe-core/axe.min.js"), join(vendor, "axe.min.js"));
copyFileSync(join(root, "node_modules/axe-core/LICENSE"), join(vendor, "axe-core.LICENSE"));
console.log("vendored socket.io-client and axe-core into widget/vendor/");
