// Progressive enhancement for GOV.UK Frontend components. Loaded as a module, so no inline script is
// needed and the Content-Security-Policy can forbid inline scripts.
import { initAll } from "/dist/govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();
