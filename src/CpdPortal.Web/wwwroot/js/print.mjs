// "Print this page" buttons: <button type="button" data-print> opens the browser's print dialog (where "Save as
// PDF" gives a clean document thanks to the print stylesheet in site.scss).
for (const button of document.querySelectorAll("button[data-print]")) {
  button.addEventListener("click", () => window.print());
}
