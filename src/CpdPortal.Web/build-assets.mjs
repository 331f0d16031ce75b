// Builds wwwroot/dist from the npm packages: the theme CSS, GOV.UK Frontend's JS and its assets.
// Run by the CpdPortal.Web build (see CpdPortal.Web.csproj) or by `npm run build`.
import { compile } from "sass";
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(fileURLToPath(import.meta.url));
const govuk = join(root, "node_modules", "govuk-frontend", "dist", "govuk");
const out = join(root, "wwwroot", "dist");

mkdirSync(out, { recursive: true });
const css = compile(join(root, "Styles", "site.scss"), {
  loadPaths: [root],
  style: "compressed",
  quietDeps: true,
  silenceDeprecations: ["import"],
});
writeFileSync(join(out, "site.css"), css.css);
cpSync(join(govuk, "govuk-frontend.min.js"), join(out, "govuk-frontend.min.js"));
console.log(`CpdPortal assets built: ${css.css.length} bytes of CSS`);
