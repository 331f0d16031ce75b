// Copy buttons: <button type="button" data-copy-target="id"> puts the text of the element with that id on the
// clipboard and announces the result in the page's aria-live region ([data-copy-status]). Loaded as a module, so
// no inline script is needed.
const status = document.querySelector("[data-copy-status]");

function announce(message) {
  if (!status) {
    return;
  }

  // Clear first so the same message is announced again on a second copy.
  status.textContent = "";
  window.setTimeout(() => {
    status.textContent = message;
  }, 50);
}

for (const button of document.querySelectorAll("button[data-copy-target]")) {
  button.addEventListener("click", async () => {
    const target = document.getElementById(button.dataset.copyTarget);
    if (!target) {
      return;
    }

    try {
      await navigator.clipboard.writeText(target.textContent.trim());
      announce("Copied");
    } catch {
      announce("Could not copy: select the text and copy it yourself");
    }
  });
}
