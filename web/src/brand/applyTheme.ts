/** What the panel needs of a theme to apply it to the page. */
export interface PageTheme {
  cssVariables: ReadonlyArray<{ name: string; value: string }>;
  faviconUrl: string;
}

/** Only the brand's own custom properties are set: a theme cannot restyle anything else. */
const BRAND_VARIABLE = /^--brand-[a-z]+$/;

/**
 * Sets the theme's variables on <html> (through the CSSOM, which the panel's CSP allows; an inline
 * <style> it would not) and points the tab's icon at the theme's favicon. index.css derives every
 * colour, radius and spacing from these variables, so the whole panel follows at once.
 */
export function applyTheme(theme: PageTheme, doc: Document = document): void {
  const style = doc.documentElement.style;
  for (const { name, value } of theme.cssVariables) {
    if (BRAND_VARIABLE.test(name)) style.setProperty(name, value);
  }
  let icon = doc.querySelector<HTMLLinkElement>('link[rel="icon"]');
  if (!icon) {
    icon = doc.createElement('link');
    icon.rel = 'icon';
    doc.head.appendChild(icon);
  }
  if (icon.getAttribute('href') !== theme.faviconUrl) icon.setAttribute('href', theme.faviconUrl);
}
