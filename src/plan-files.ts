// Which files are plans: what `compile -o DIR` writes and what `validate` and `render` read back.

export const PLAN_FILES_GLOB = '**/*.plan.{yaml,yml,json}';

const PLAN_FILE = /\.plan\.(?:ya?ml|json)$/i;

export function isPlanFile(path: string): boolean {
  return PLAN_FILE.test(path);
}
