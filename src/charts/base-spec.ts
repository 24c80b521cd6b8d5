/** The Vega-Lite schema every chart's spec names: the version of vega-lite the project pins. */
const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** A chart's height: a number of pixels, or a step per band of a discrete axis. */
type Height = number | { step: number };

/**
 * What every chart's spec begins with: the schema, the text alternative as its description, and
 * its size. The shared configuration (fonts, colours, axes) is applied by the renderer, not here.
 *
 * @example const spec: TopLevelSpec = { ...baseSpec(alt, 440, 230), data: { values }, mark: 'line', encoding };
 */
export function baseSpec(
  description: string,
  width: number,
  height: Height,
): { $schema: string; description: string; width: number; height: Height } {
  return { $schema: SCHEMA, description, width, height };
}
