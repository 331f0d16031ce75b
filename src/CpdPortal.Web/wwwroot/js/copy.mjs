// Copy buttons: <button type="button" data-copy-target="id"> puts the text of the element with that id on the
// clipboard and announces the result in the page's aria-live region ([data-copy-status]). Loaded as a module, so
// no inline script is needed.
const status = document.querySelector("[data-copy-status]");

// Sighted users see the button's own word change for a moment ("Copy" to "Copied"); the visually hidden field
// name inside the button is left alone.
function showOnButton(button, word) {
  const label = [...button.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim());
  if (!label) {
    return;
  }

  const original = label.textContent;
  label.textContent = word;
  window.setTimeout(() => {
    label.textContent = original;
  }, 2000);
}

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
      showOnButton(button, "Copied");
    } catch {
      announce("Could not copy: select the text and copy it yourself");
    }
  });
}
