import type { Metrics } from '../metrics/compute-metrics';
import type { Data } from '../validate/validate-data';
import { citation } from '../render/sources';
import type { ChartDef } from './chart';
import { southSouthValueChart, tradeSharesChart } from './trade-charts';

/** Every chart of the report, as Vega-Lite specs: pure functions of the metrics. */
export function buildCharts(data: Data, m: Metrics): ChartDef[] {
  const source = `Source: calculations based on ${citation(data, 'cow-trade-4.0')}.`;
  return [tradeSharesChart(m, source), southSouthValueChart(m.southSouthValue, m, source)];
}
