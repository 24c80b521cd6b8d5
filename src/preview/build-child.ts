/**
 * The preview's builder, in a process of its own: the server restarts it when a chapter's code
 * changes, so that the new code is loaded (modules cannot be reloaded in place). Messages in:
 * `{ id, type: 'build', changed }` or `{ id, type: 'pdf' }`; out: `{ id, ok, html?, pdf?, warnings?, error? }`.
 */
import { normalizeConfig, type Config } from '../config';
import { CliError } from '../errors';
import { PreviewBuilder, type ChangeKind } from './preview-builder';

const config = normalizeConfig(JSON.parse(process.env.SSC_PREVIEW_CONFIG ?? '{}') as Partial<Config>);
const builder = new PreviewBuilder(config);

type Request = { id: number; type: 'build'; changed: ChangeKind[]; files?: string[] } | { id: number; type: 'pdf' };

process.on('message', async (m: Request) => {
  try {
    if (m.type === 'pdf') {
      const pdf = await builder.pdf();
      process.send!({ id: m.id, ok: true, pdf: Buffer.from(pdf).toString('base64') });
      return;
    }
    const { html, warnings } = await builder.rebuild(new Set(m.changed), m.files ?? []);
    process.send!({ id: m.id, ok: true, html, warnings });
  } catch (error) {
    // An input problem (file:line:column) is shown in the page; anything else with its stack, as --debug would.
    const text = error instanceof CliError ? error.message : ((error as Error).stack ?? String(error));
    process.send!({ id: m.id, ok: false, error: text });
  }
});
process.send!({ ready: true });
