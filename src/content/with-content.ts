import type { ReportModel } from '../render/model';
import type { RenderedContent } from './render-content';

/** The model with what people wrote put in its places: the front matter, and each chapter's analysis. */
export function withContent(model: ReportModel, content: RenderedContent): ReportModel {
  return {
    ...model,
    foreword: content.front.foreword ?? null,
    keyMessages: content.front['key-messages'] ?? null,
    overview: content.front.overview ?? null,
    chapters: model.chapters.map((c) => ({ ...c, analysis: content.chapters.get(c.id) ?? null })),
  };
}
