/**
 * The CodeMirror editor: Python highlighting, each line's TF names as widgets after its end (hover for
 * explain's reasoning), lines whose names differ between profiles marked, and the checker's verdicts as
 * lint diagnostics in document mode.
 */
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { python } from "@codemirror/lang-python";
import { defaultHighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { type Diagnostic, lintGutter, setDiagnostics } from "@codemirror/lint";
import { Compartment, EditorState, Prec, type Range, StateEffect, StateField } from "@codemirror/state";
import { Decoration, type DecorationSet, EditorView, hoverTooltip, keymap, lineNumbers, WidgetType } from "@codemirror/view";
import { lineLabel } from "./names.js";
import type { LineName } from "./protocol.js";

/** The names to show: by 1-based line, and the lines that differ between the two profiles. */
export interface NamesView {
  byLine: Map<number, LineName[]>;
  differs: Set<number>;
}

const setNames = StateEffect.define<NamesView>();

class NamesWidget extends WidgetType {
  constructor(readonly names: LineName[], readonly differs: boolean) {
    super();
  }
  override eq(other: NamesWidget): boolean {
    return other.differs === this.differs && lineLabel(other.names) === lineLabel(this.names);
  }
  toDOM(): HTMLElement {
    const span = document.createElement("span");
    span.className = `cm-tf-names${this.differs ? " cm-tf-differs" : ""}`;
    span.textContent = `${this.differs ? "≠ " : ""}${lineLabel(this.names)}`;
    return span;
  }
}

function decorations(state: EditorState, v: NamesView): DecorationSet {
  const out: Range<Decoration>[] = [];
  for (let n = 1; n <= state.doc.lines; n++) {
    const names = v.byLine.get(n);
    const differs = v.differs.has(n);
    const line = state.doc.line(n);
    if (differs) out.push(Decoration.line({ class: "cm-tf-differs-line" }).range(line.from));
    if (names?.length) out.push(Decoration.widget({ widget: new NamesWidget(names, differs), side: 1 }).range(line.to));
  }
  return Decoration.set(out, true);
}

const EMPTY: NamesView = { byLine: new Map(), differs: new Set() };

/** The names shown, kept on their lines while the text is edited (until the next run replaces them). */
const namesField = StateField.define<{ view: NamesView; deco: DecorationSet }>({
  create: () => ({ view: EMPTY, deco: Decoration.none }),
  update(value, tr) {
    for (const e of tr.effects) if (e.is(setNames)) return { view: e.value, deco: decorations(tr.state, e.value) };
    return tr.docChanged ? { view: value.view, deco: value.deco.map(tr.changes) } : value;
  },
  provide: (f) => EditorView.decorations.from(f, (v) => v.deco),
});

/** The line's names and explain's reasons, when the pointer is past the end of a line that has names. */
const namesHover = hoverTooltip((view, pos) => {
  const line = view.state.doc.lineAt(pos);
  if (pos !== line.to) return null;
  const { view: v } = view.state.field(namesField);
  // Decorations map with edits; the names are by line number of the last run.
  const names = v.byLine.get(line.number);
  if (!names?.length) return null;
  return {
    pos,
    above: false,
    create: () => {
      const dom = document.createElement("div");
      dom.className = "cm-tf-explain";
      dom.setAttribute("role", "tooltip");
      dom.append(...names.map(explainItem));
      return { dom };
    },
  };
});

/** One name with its reasons, as the tooltip and the names panel show it. */
export function explainItem(n: LineName): HTMLElement {
  const item = document.createElement("div");
  item.className = "explain-item";
  const head = document.createElement("div");
  const code = document.createElement("code");
  code.textContent = n.name || "(root)";
  head.append(code, ` ${n.kind} · ${n.detail}`);
  item.append(head);
  if (n.reasons.length) {
    const ul = document.createElement("ul");
    for (const r of n.reasons) {
      const li = document.createElement("li");
      li.textContent = r;
      ul.append(li);
    }
    item.append(ul);
  }
  return item;
}

export interface EditorOptions {
  parent: HTMLElement;
  doc: string;
  onRun: () => void;
  onChange: () => void;
}

/** The playground's editor. */
export class PlaygroundEditor {
  readonly view: EditorView;
  private readonly language = new Compartment();
  private readonly label = new Compartment();

  constructor(o: EditorOptions) {
    this.view = new EditorView({
      parent: o.parent,
      state: EditorState.create({
        doc: o.doc,
        extensions: [
          lineNumbers(),
          history(),
          Prec.highest(keymap.of([{ key: "Mod-Enter", run: () => (o.onRun(), true) }])),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          this.language.of(python()),
          syntaxHighlighting(defaultHighlightStyle),
          namesField,
          namesHover,
          lintGutter(),
          EditorView.lineWrapping,
          this.label.of(EditorView.contentAttributes.of({ "aria-label": "Python code" })),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) o.onChange();
          }),
        ],
      }),
    });
  }

  get text(): string {
    return this.view.state.doc.toString();
  }

  set text(t: string) {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: t } });
  }

  /** Snippet mode edits Python; document mode a Markdown or text page (no Python highlighting). */
  setMode(mode: "snippet" | "document"): void {
    this.view.dispatch({
      effects: [
        this.language.reconfigure(mode === "snippet" ? python() : []),
        this.label.reconfigure(EditorView.contentAttributes.of({ "aria-label": mode === "snippet" ? "Python code" : "Document (Markdown or text)" })),
        setNames.of(EMPTY),
      ],
    });
    this.view.dispatch(setDiagnostics(this.view.state, []));
  }

  showNames(v: NamesView): void {
    this.view.dispatch({ effects: setNames.of(v) });
  }

  /** Verdicts as diagnostics: `line` is 1-based; lines past the end are clamped. */
  showDiagnostics(items: { line: number; severity: Diagnostic["severity"]; message: string; source?: string }[]): void {
    const doc = this.view.state.doc;
    const diags: Diagnostic[] = items.map((d) => {
      const line = doc.line(Math.min(Math.max(d.line, 1), doc.lines));
      return { from: line.from, to: line.to, severity: d.severity, message: d.message, source: d.source };
    });
    this.view.dispatch(setDiagnostics(this.view.state, diags));
  }
}
