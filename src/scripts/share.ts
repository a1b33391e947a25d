// Progressive enhancement of a permalink page: a button that copies the page's address, or shares it where the device can.

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-share-url]')) {
  const url = button.dataset.shareUrl!;
  const status = document.getElementById(button.getAttribute('aria-describedby') ?? '');
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(url);
      if (status) status.textContent = 'Link copied.';
    } catch {
      // Without clipboard access, select the address so that the reader can copy it.
      const link = document.querySelector<HTMLAnchorElement>('.permalink a');
      if (link) getSelection()?.selectAllChildren(link);
      if (status) status.textContent = 'Press Ctrl+C (or ⌘C) to copy the selected link.';
    }
  });
}
