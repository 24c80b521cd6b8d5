import { parseArgs } from 'node:util';
import { normalizeConfig } from '../config';
import { readPublication } from '../publication';
import { startPreview } from './preview-server';

/** `--help` of `npm run preview`. */
export const PREVIEW_HELP = `Usage: npm run preview -- [options]

Serves the report on http://127.0.0.1:PORT/, rebuilds it when a file of content/, templates/,
data/ or src/chapters/ changes, and reloads the open page. A build that fails shows its error
(file:line:column) over the last good report. "Build PDF" in the page prints the current report.

Options:
  --port PORT      port on 127.0.0.1 (default: 4321; 0 picks a free one)
  --data DIR       folder of the indicator CSVs (default: data)
  --content DIR    folder of the written text, Markdown (default: content)
  --edition YEAR   year the report is built as of (default: the latest year the data covers)
  --help           print this help
`;

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    data: { type: 'string' },
    content: { type: 'string' },
    edition: { type: 'string' },
    help: { type: 'boolean' },
  },
});
if (values.help) {
  process.stdout.write(PREVIEW_HELP);
} else {
  const edition = values.edition ? Number(values.edition) : null;
  const c = normalizeConfig({
    publication: readPublication('report.config.json'),
    dataDir: values.data,
    contentDir: values.content,
    edition,
  });
  const preview = await startPreview({ port: values.port === undefined ? 4321 : Number(values.port), config: c });
  process.stderr.write(`Open ${preview.url} in a browser; Ctrl-C stops the preview.\n`);
  const stop = () => void preview.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
