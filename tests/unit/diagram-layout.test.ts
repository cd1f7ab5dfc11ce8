import japanesePhraseBreaks from 'virtual:content/diagram-phrases-ja';
import { describe, expect, it } from 'vitest';
import { advise } from '../../src/domain/advise';
import { effectiveAnswers } from '../../src/domain/answers';
import type { Lang } from '../../src/domain/localized-text';
import { answerListForRole } from '../../src/domain/question-roles';
import {
  diagramCanvasWidth,
  flowLanes,
  layoutDiagram,
  type DiagramLaneInput,
  type DiagramLayout,
  type PlacedBox,
} from '../../src/features/results/diagram/diagram-layout';
import { diagramLanes } from '../../src/features/results/diagram/diagram-lanes';
import { phrases } from '../../src/features/results/diagram/wrap-text';
import { formattersFor } from '../../src/i18n/use-format';
import { localize } from '../../src/i18n/use-localize';
import { content } from '../fixtures/content';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;
const withoutSpaces = (text: string) => text.replace(/\s/g, '');

function lanesFor(answers: Parameters<typeof advise>[0], lang: Lang): DiagramLaneInput[] {
  const shown = effectiveAnswers(answers, content.questionnaire);
  return diagramLanes({
    stack: advise(answers, content).stack,
    changedSlots: new Set(),
    clients: answerListForRole(shown, content.questionnaire, 'clients'),
    content,
    t: (text, params) => localize(lang, text, params),
    list: formattersFor(lang).list,
  });
}

const allBoxes = (layout: DiagramLayout) => layout.lanes.flatMap((lane) => lane.boxes);

function item(slot: string, title: string, service = 'AWS Lambda') {
  return { slot, title, service, shortService: service, changed: false };
}

describe.each(
  content.presets.flatMap((preset) =>
    (['ja', 'en'] as const).flatMap((lang) =>
      [360, 1366].map((viewport) => ({ preset: preset.id, lang, viewport })),
    ),
  ),
)('the diagram of preset $preset in $lang at $viewport px', ({ preset, lang, viewport }) => {
  const answers = content.presets.find((candidate) => candidate.id === preset)?.answers ?? {};
  const lanes = lanesFor(answers, lang);
  // The diagram's width in the results page as measured in Chromium at these viewports.
  const container = viewport === 360 ? 328 : 608;
  const layout = layoutDiagram(lanes, diagramCanvasWidth(container), japanesePhraseBreaks);
  const canvas = { x: 0, y: 0, width: layout.width, height: layout.height };

  it('draws every slot of the stack exactly once', () => {
    expect(allBoxes(layout).map((box) => box.slot)).toHaveLength(
      advise(answers, content).stack.length,
    );
    expect(new Set(allBoxes(layout).map((box) => box.slot)).size).toBe(allBoxes(layout).length);
  });

  it('keeps every lane inside the canvas and no two lanes overlapping', () => {
    for (const lane of layout.lanes) expect(inside(lane, canvas), lane.id).toBe(true);
    layout.lanes.forEach((a, i) => {
      for (const b of layout.lanes.slice(i + 1))
        expect(overlap(a, b), `${a.id} and ${b.id}`).toBe(false);
    });
  });

  it('keeps every box inside its lane and no two boxes overlapping', () => {
    for (const lane of layout.lanes) {
      for (const box of lane.boxes)
        expect(inside(box, lane), `${box.slot} in ${lane.id}`).toBe(true);
    }
    const boxes = allBoxes(layout);
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1))
        expect(overlap(a, b), `${a.slot} and ${b.slot}`).toBe(false);
    });
  });

  it('joins the lanes of the request flow with arrows in flow order, top to bottom', () => {
    const flow = layout.lanes.filter((lane) => flowLanes.includes(lane.id));
    expect(layout.arrows.map((arrow) => [arrow.from, arrow.to])).toEqual(
      flow.slice(1).map((lane, i) => [flow[i]?.id, lane.id]),
    );
    for (const arrow of layout.arrows) {
      const from = flow.find((lane) => lane.id === arrow.from) as Rect;
      const to = flow.find((lane) => lane.id === arrow.to) as Rect;
      expect(arrow.y1, 'starts below its lane').toBeGreaterThanOrEqual(from.y + from.height);
      expect(arrow.y2, 'ends above the next lane').toBeLessThanOrEqual(to.y);
      expect(arrow.y2, 'points down').toBeGreaterThan(arrow.y1);
      for (const x of [arrow.x1, arrow.x2]) {
        expect(x).toBeGreaterThan(Math.max(from.x, to.x));
        expect(x).toBeLessThan(Math.min(from.x + from.width, to.x + to.width));
      }
    }
  });

  it('draws every word of every box, or holds the full text for its tooltip', () => {
    for (const box of allBoxes(layout)) {
      const drawn = withoutSpaces([...box.titleLines, ...box.serviceLines].join(''));
      const full = withoutSpaces(box.title + box.shortService);
      expect(drawn === full || box.cut, box.slot).toBe(true);
    }
  });

  it('breaks box titles only between phrases', () => {
    for (const box of allBoxes(layout).filter((candidate) => !candidate.cut)) {
      const boundaries = new Set(
        phrases(box.title, japanesePhraseBreaks).map(
          (_, i, all) => withoutSpaces(all.slice(0, i + 1).join('')).length,
        ),
      );
      let end = 0;
      for (const line of box.titleLines) {
        end += withoutSpaces(line).length;
        expect(boundaries.has(end), `${box.slot}: ${box.titleLines.join(' / ')}`).toBe(true);
      }
    }
  });

  it('lists every client in the clients lane, never cut', () => {
    const clients = lanes.find((lane) => lane.id === 'clients');
    const placed = layout.lanes.find((lane) => lane.id === 'clients');
    expect(withoutSpaces(placed?.captionLines.join('') ?? '')).toBe(
      withoutSpaces(clients?.caption ?? ''),
    );
  });
});

describe('a bundle in the diagram', () => {
  it('is drawn as its first member and how many more, and described with every member', () => {
    const seedSaas = content.presets.find((preset) => preset.id === 'seed-saas')?.answers ?? {};
    const box = lanesFor(seedSaas, 'en')
      .flatMap((lane) => lane.items)
      .find((item) => item.slot === 'security-baseline');
    expect(box?.shortService).toBe('Amazon GuardDuty +2');
    expect(box?.service).toBe('Amazon GuardDuty, AWS Secrets Manager, and AWS CloudTrail');
  });
});

describe('layoutDiagram', () => {
  /** Two boxes a row, as on a 360 px phone. */
  const phone = 328;

  it('breaks a Japanese title only between phrases, never inside 基盤', () => {
    const layout = layoutDiagram(
      [
        {
          id: 'compute',
          label: 'コンピューティング',
          caption: null,
          items: [
            item('backend-compute', 'バックエンドの実行基盤'),
            item('security-baseline', 'セキュリティのベースライン'),
          ],
        },
      ],
      phone,
      japanesePhraseBreaks,
    );
    const [compute, security] = allBoxes(layout) as [PlacedBox, PlacedBox];
    expect(compute.titleLines).toEqual(['バックエンドの', '実行基盤']);
    expect(security.titleLines).toEqual(['セキュリティの', 'ベースライン']);
  });

  it('breaks an English title at spaces', () => {
    const layout = layoutDiagram(
      [
        {
          id: 'data',
          label: 'Data',
          caption: null,
          items: [
            item('a', 'Key-value store with a very long title that wraps'),
            item('b', 'Time-series store'),
          ],
        },
      ],
      phone,
      japanesePhraseBreaks,
    );
    for (const box of allBoxes(layout)) {
      expect(box.titleLines.join(' ')).toBe(box.title);
    }
    expect(allBoxes(layout)[0]?.titleLines.length).toBeGreaterThan(1);
  });

  const featureLane = (title: string): DiagramLaneInput[] => [
    {
      id: 'feature',
      label: 'Features',
      caption: null,
      items: [item('x', title), item('y', 'Search')],
    },
  ];

  it('gives a long title a wider box rather than cutting it', () => {
    const long = 'A title so long that it cannot possibly fit in three lines of a box on a phone';
    const [box] = allBoxes(layoutDiagram(featureLane(long), phone, japanesePhraseBreaks));
    expect(box?.cut).toBe(false);
    expect(box?.titleLines.join(' ')).toBe(long);
  });

  it('cuts a title longer than three lines of the widest box with an ellipsis, and says so', () => {
    const long =
      'A title so long that it cannot fit in three lines even of a box as wide as the phone, '.repeat(
        2,
      );
    const [box] = allBoxes(layoutDiagram(featureLane(long), phone, japanesePhraseBreaks));
    expect(box?.titleLines).toHaveLength(3);
    expect(box?.titleLines.at(-1)).toMatch(/…$/);
    expect(box?.cut).toBe(true);
  });

  it('has no compute lane for a static site, so hosting ends the flow', () => {
    const lanes = lanesFor(
      { stage: 'seed', clients: ['web'], backend: 'none', data: ['none'] },
      'en',
    );
    expect(
      layoutDiagram(lanes, 1000, japanesePhraseBreaks).arrows.map(
        (arrow) => `${arrow.from}>${arrow.to}`,
      ),
    ).toEqual(['clients>edge']);
  });

  it('arrows hosting straight to compute when there is no API layer', () => {
    const layout = layoutDiagram(
      [
        { id: 'clients', label: 'Clients', caption: 'Web app', items: [] },
        { id: 'edge', label: 'Edge', caption: null, items: [item('frontend-hosting', 'Hosting')] },
        {
          id: 'compute',
          label: 'Compute',
          caption: null,
          items: [item('backend-compute', 'Compute')],
        },
      ],
      1000,
      japanesePhraseBreaks,
    );
    expect(layout.arrows.map((arrow) => `${arrow.from}>${arrow.to}`)).toEqual([
      'clients>edge',
      'edge>compute',
    ]);
  });

  it('puts async work and features to the right of compute on a wide canvas, below on a phone', () => {
    const lanes: DiagramLaneInput[] = [
      {
        id: 'compute',
        label: 'Compute',
        caption: null,
        items: [item('backend-compute', 'Compute')],
      },
      { id: 'data', label: 'Data', caption: null, items: [item('primary-database', 'Database')] },
      { id: 'async', label: 'Async', caption: null, items: [item('async-work', 'Queue')] },
    ];
    const wide = layoutDiagram(lanes, 860, japanesePhraseBreaks);
    const lane = (layout: DiagramLayout, id: string) =>
      layout.lanes.find((candidate) => candidate.id === id) as Rect;
    expect(lane(wide, 'async').x).toBeGreaterThan(
      lane(wide, 'compute').x + lane(wide, 'compute').width,
    );
    expect(lane(wide, 'async').y).toBe(lane(wide, 'compute').y);
    const narrow = layoutDiagram(lanes, 320, japanesePhraseBreaks);
    expect(lane(narrow, 'async').y).toBeGreaterThan(
      lane(narrow, 'data').y + lane(narrow, 'data').height,
    );
  });

  it('draws a phone 1:1 and enlarges a wide page', () => {
    expect(diagramCanvasWidth(328)).toBe(328);
    expect(diagramCanvasWidth(1200)).toBeLessThan(1200);
  });
});
