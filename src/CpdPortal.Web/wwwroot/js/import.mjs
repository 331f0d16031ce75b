// Import forms ([data-import-form]): while the server checks or applies a file, the submit button is disabled and
// shows its data-busy-text ("Importing…"), and the form's aria-live status ([data-import-status]) says the same.
// Without JavaScript the forms work as plain posts.
for (const form of document.querySelectorAll("form[data-import-form]")) {
  form.addEventListener("submit", () => {
    const button = form.querySelector("button[type=submit][data-busy-text]");
    const status = form.querySelector("[data-import-status]");
    if (!button) {
      return;
    }

    const text = button.dataset.busyText;
    // Disable after the submission has started, so the button's own value is not lost from the post.
    window.setTimeout(() => {
      button.disabled = true;
      button.setAttribute("aria-disabled", "true");
      button.textContent = text;
    }, 0);
    if (status) {
      status.textContent = text;
    }
  });
}
