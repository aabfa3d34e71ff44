import type { Deployment, Environment } from '../api/types';

/** Production is always shown in this red, whatever colour the server sends. */
export const PRODUCTION_RED = '#b91c1c';
const FALLBACK_STRIP = '#b45309';

export function environmentLabel(environment: Environment): string {
  return environment === 'production' ? 'Production' : 'Staging';
}

function isCssColor(value: string): boolean {
  if (!value) return false;
  if (typeof CSS !== 'undefined' && typeof CSS.supports === 'function') {
    return CSS.supports('color', value);
  }
  return /^(#[0-9a-f]{3,8}|rgba?\([^)]*\)|hsla?\([^)]*\)|[a-z]+)$/i.test(value.trim());
}

/** Background colour of the deployment strip. */
export function stripColor(deployment: Deployment): string {
  if (deployment.environment === 'production') return PRODUCTION_RED;
  const color = deployment.banner?.color?.trim() ?? '';
  return isCssColor(color) ? color : FALLBACK_STRIP;
}

/** Black or white text, whichever reads better on a #hex or rgb() background. */
export function textColorOn(background: string): string {
  const rgb = parseRgb(background);
  if (!rgb) return '#ffffff';
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.4 ? '#111827' : '#ffffff';
}

function parseRgb(color: string): [number, number, number] | undefined {
  const value = color.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})(?:[0-9a-f]{1,2})?$/.exec(value);
  if (hex) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
  }
  const fn = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/.exec(value);
  if (fn) return [Number(fn[1]), Number(fn[2]), Number(fn[3])];
  return undefined;
}
