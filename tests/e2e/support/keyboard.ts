import type { Page } from '@playwright/test';

type Choices = Readonly<Record<string, string | readonly string[]>>;

interface Focused {
  type: string;
  name: string;
  value: string;
  checked: boolean;
  submit: boolean;
  groupChecked: number;
  cardOutline: string;
}

function readFocus(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement;
    const input = element instanceof HTMLInputElement ? element : null;
    const name = input?.name ?? '';
    return {
      type: input?.type ?? element?.tagName.toLowerCase() ?? '',
      name,
      value: input?.value ?? '',
      checked: input?.checked ?? false,
      submit: element instanceof HTMLButtonElement && element.type === 'submit',
      groupChecked: name
        ? document.querySelectorAll(`input[name="${CSS.escape(name)}"]:checked`).length
        : 0,
      cardOutline: input?.parentElement ? getComputedStyle(input.parentElement).outlineStyle : '',
    };
  });
}

/**
 * Answers the current section with the keyboard alone, as a sighted keyboard user would: Tab into
 * each group, Space to choose, arrows to move within a radio group, Enter on Next. A question not in
 * `choices` gets its first option. Returns the outline styles seen around focused options.
 */
export async function answerSectionByKeyboard(page: Page, choices: Choices): Promise<string[]> {
  const outlines: string[] = [];
  for (let presses = 0; presses < 200; presses += 1) {
    await page.keyboard.press('Tab');
    const focus = await readFocus(page);
    if (focus.type === 'radio') {
      outlines.push(focus.cardOutline);
      const wanted = choices[focus.name];
      if (focus.groupChecked === 0) await page.keyboard.press('Space');
      for (let moves = 0; typeof wanted === 'string' && moves < 12; moves += 1) {
        if ((await readFocus(page)).value === wanted) break;
        await page.keyboard.press('ArrowDown');
      }
    } else if (focus.type === 'checkbox') {
      outlines.push(focus.cardOutline);
      const wanted = choices[focus.name];
      const shouldCheck =
        wanted === undefined
          ? focus.checked || focus.groupChecked === 0
          : wanted.includes(focus.value);
      if (shouldCheck !== focus.checked) await page.keyboard.press('Space');
    } else if (focus.submit) {
      const before = page.url();
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.href !== before);
      return outlines;
    }
  }
  throw new Error('never reached the Next button');
}
