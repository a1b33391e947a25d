// Progressive enhancement of the embed code on a permalink page: a button that copies the code. Without script,
// the code stays in its field, to select and copy by hand.

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-from]')) {
  const field = document.getElementById(button.dataset.copyFrom ?? '') as HTMLTextAreaElement | null;
  const status = document.getElementById(button.getAttribute('aria-describedby') ?? '');
  if (!field) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(field.value);
      if (status) status.textContent = 'Embed code copied.';
    } catch {
      // Without clipboard access, select the code so that the reader can copy it.
      field.select();
      if (status) status.textContent = 'Press Ctrl+C (or ⌘C) to copy the selected code.';
    }
  });
}
