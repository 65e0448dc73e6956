import type { Entity, Fact, FactType } from '../../src/extract/model.js';
import type { Thing } from './world.js';

interface Local {
  entity: Entity;
  truth: string;
}

/**
 * Writes one article sentence by sentence, recording every entity mention's span and every fact with
 * its evidence sentence: the extraction a perfect extractor would return, and each entity's truth id.
 */
export class ArticleBuilder {
  private text = '';
  private sentenceStart = 0;
  private sentence = 0;
  private readonly locals = new Map<string, Local>();
  private readonly facts: { fact: Omit<Fact, 'evidence'>; sentence: number }[] = [];
  private readonly sentences: { start: number; end: number }[] = [];

  constructor(readonly id: string) {}

  add(s: string): this {
    this.text += s;
    return this;
  }

  /** Writes `surface` for `thing` and returns its local id; the longest surface becomes the name. */
  mention(thing: Thing, surface = thing.name): string {
    let local = this.locals.get(thing.truth);
    if (!local) {
      const id = `e${this.locals.size + 1}`;
      local = { truth: thing.truth, entity: { id, type: thing.type, name: surface, aliases: [], mentions: [] } };
      this.locals.set(thing.truth, local);
    }
    const e = local.entity;
    if (surface !== e.name && !e.aliases.includes(surface)) {
      if (surface.length > e.name.length) [e.name, e.aliases] = [surface, [...e.aliases, e.name]];
      else e.aliases.push(surface);
    }
    const start = this.text.length;
    this.text += surface;
    e.mentions.push({ start, end: this.text.length, text: surface, type: thing.type, sentence: this.sentence, rule: 'oracle', entity: e.id });
    return e.id;
  }

  fact(type: FactType, fields: Record<string, unknown>): void {
    this.facts.push({ fact: { type, ...fields }, sentence: this.sentence });
  }

  /** Ends the current sentence (its text must end with punctuation) and adds a space or a paragraph break. */
  end(paragraph = false): this {
    this.sentences.push({ start: this.sentenceStart, end: this.text.length });
    this.text += paragraph ? '\n\n' : ' ';
    this.sentenceStart = this.text.length;
    this.sentence++;
    return this;
  }

  result(): { text: string; entities: (Entity & { truth: string })[]; facts: Fact[] } {
    const text = this.text.trimEnd();
    const facts = this.facts.map(({ fact, sentence }) => {
      const s = this.sentences[sentence]!;
      return { ...fact, evidence: { doc: this.id, sentence, start: s.start, end: s.end, text: text.slice(s.start, s.end), rule: 'oracle' } } as Fact;
    });
    return { text, entities: [...this.locals.values()].map((l) => ({ ...l.entity, truth: l.truth })), facts };
  }
}
