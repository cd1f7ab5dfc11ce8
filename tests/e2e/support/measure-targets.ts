import type { Page } from '@playwright/test';
import type { MeasuredTarget } from './target-size';

/**
 * What a pointer can activate. A `tabindex="-1"` element (a heading or card that in-page links
 * move focus to) is a focus target for scripts, not a control, so it is not a pointer target.
 */
const interactive =
  'a[href], button, input, select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';

/**
 * Measures every visible interactive element of the page in document coordinates. A form control's
 * target includes its `<label>`s, since clicking the label activates it; an element drawn 1 px or
 * smaller (visually hidden until focused, like the skip link) offers no target to a pointer.
 */
export async function measureTargets(page: Page, screen: string): Promise<MeasuredTarget[]> {
  return page.locator(interactive).evaluateAll((elements, where) => {
    const textBlocks = new Set(['P', 'LI', 'DD', 'DT', 'TD', 'TH', 'FIGCAPTION', 'BLOCKQUOTE']);
    /** A link in a sentence: inline, in a text block that has words of its own besides links. */
    const isInSentence = (element: Element) => {
      const parent = element.parentElement;
      if (element.tagName !== 'A' || !parent || !textBlocks.has(parent.tagName)) return false;
      if (!getComputedStyle(element).display.startsWith('inline')) return false;
      return [...parent.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
      );
    };
    const boxOf = (element: Element) => {
      const rects = [element.getBoundingClientRect()];
      if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) {
        for (const label of element.labels ?? []) rects.push(label.getBoundingClientRect());
      }
      const drawn = rects.filter((rect) => rect.width > 1 && rect.height > 1);
      if (drawn.length === 0) return undefined;
      const left = Math.min(...drawn.map((rect) => rect.left));
      const top = Math.min(...drawn.map((rect) => rect.top));
      const right = Math.max(...drawn.map((rect) => rect.right));
      const bottom = Math.max(...drawn.map((rect) => rect.bottom));
      return {
        x: left + window.scrollX,
        y: top + window.scrollY,
        width: right - left,
        height: bottom - top,
      };
    };
    return elements.flatMap((element) => {
      if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return [];
      const box = boxOf(element);
      if (!box) return [];
      const text = element.textContent.trim().slice(0, 40);
      const label = element.getAttribute('aria-label') ?? text;
      return [
        {
          name: `${where}: <${element.tagName.toLowerCase()}> "${label}" ${Math.round(box.width)}×${Math.round(box.height)}`,
          box,
          inSentence: isInSentence(element),
        },
      ];
    });
  }, screen);
}
