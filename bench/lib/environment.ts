/** What the numbers were measured on: browser, WebGL renderer, cores and load. */
import os from 'node:os';
import type { Browser } from 'playwright-core';
import { newBenchContext } from './context';
import { webglRenderer } from './pageProbes';

export interface Environment {
  chromium: string;
  webgl_renderer: string;
  cores: number;
  cpu_model: string;
  memory_gib: number;
  load_average_start: number[];
  load_average_end?: number[];
  node: string;
  platform: string;
  viewport: { width: number; height: number };
  device_scale_factor: number;
  chromium_flags: string[];
}

export async function describeEnvironment(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
  flags: string[],
): Promise<Environment> {
  const context = await newBenchContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(url);
    return {
      chromium: browser.version(),
      webgl_renderer: await page.evaluate(webglRenderer),
      cores: os.cpus().length,
      cpu_model: os.cpus()[0]?.model ?? 'unknown',
      memory_gib: Math.round(os.totalmem() / 2 ** 30),
      load_average_start: os.loadavg().map((l) => Math.round(l * 100) / 100),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      viewport,
      device_scale_factor: 1,
      chromium_flags: flags,
    };
  } finally {
    await context.close();
  }
}
