/**
 * axe-core run inside the page, against the WCAG 2.1 A and AA rules. Its source is read
 * from node_modules and evaluated through the DevTools protocol: no network, and no
 * `<script>` tag, so a strict Content-Security-Policy (script-src 'self') cannot block it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/** One line per element that fails: rule id, what it asks for, where, and why. */
export function describeViolations(violations: AxeViolation[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map(
      (node) =>
        `${v.id} (${v.impact ?? 'no impact given'}): ${v.help}\n    at ${node.target
          .map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t)))
          .join(' ')}\n    ${(node.failureSummary ?? '').replace(/\n\s*/g, '\n    ')}`,
    ),
  );
}

type AxeResults = { violations: AxeViolation[]; incomplete: AxeViolation[] };

/**
 * The WCAG 2.1 A/AA violations on the page as it is now, each as a readable line (empty
 * when there are none). Animations are let finish first: axe reads colours as drawn, and a
 * panel fading in has half its contrast. (A spinner's endless turn is not waited for.)
 * With AXE_REVIEW=1 in the environment, what axe could not decide (say, text over the
 * graph's canvas, whose colour it cannot read) is printed for a person to look at.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const review = process.env.AXE_REVIEW === '1';
  const results = await page.evaluate(
    ({ tags, review }) => {
      const brief = (list: AxeViolation[]) =>
        list.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
        }));
      const { axe } = window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<AxeResults> };
      };
      return axe
        .run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: review ? ['violations', 'incomplete'] : ['violations'],
        })
        .then((r) => ({ violations: brief(r.violations), incomplete: review ? brief(r.incomplete) : [] }));
    },
    { tags: WCAG_21_AA, review },
  );
  if (review && results.incomplete.length) {
    console.log(
      `axe could not decide (${page.url()}):\n${describeViolations(results.incomplete).join('\n')}`,
    );
  }
  return describeViolations(results.violations);
}
