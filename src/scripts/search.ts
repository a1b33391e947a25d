// The search page: starts Pagefind's interface, which the build writes next to the pages (pagefind-ui.js, loaded
// before this module), with the index's address under the site's base path.

interface PagefindUIOptions {
  element: HTMLElement;
  bundlePath: string | undefined;
  showImages: boolean;
  showSubResults: boolean;
}
type PagefindUIConstructor = new (options: PagefindUIOptions) => unknown;

const element = document.getElementById('search');
const PagefindUI = (window as unknown as { PagefindUI?: PagefindUIConstructor }).PagefindUI;
if (element && PagefindUI) {
  new PagefindUI({ element, bundlePath: element.dataset.bundle, showImages: false, showSubResults: false });
  // The interface names its field with a title only; a label that assistive technology reads first is better.
  const name = () => element.querySelector('input')?.setAttribute('aria-label', 'Search the articles, annotations and sources');
  name();
  requestAnimationFrame(name);
}
