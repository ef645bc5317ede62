/**
 * The flinkConfiguration editor: key/value rows with option-key completion (the `option-keys`
 * datalist, filled with the cluster version's keys) and the validator's findings next to each
 * row, each with its code, and a button that applies a suggested key.
 */
import type { Diagnostic } from "flink-rest-client";

export interface ConfigEditor {
  /** The rows with a key, as a flinkConfiguration map (the last row wins for a repeated key). */
  values(): Record<string, string>;
  /** Shows each finding next to the row of its key. */
  showFindings(findings: readonly Diagnostic[]): void;
  addRow(key?: string, value?: string): void;
}

interface Row {
  key: HTMLInputElement;
  value: HTMLInputElement;
  findings: HTMLTableCellElement;
}

// Codes whose suggestion is not a key to type instead (it names a request field to use).
const NOT_A_KEY = new Set(["overridden-by-request-field"]);

let rowIds = 0;

function input(className: string, label: string, text: string, placeholder: string): HTMLInputElement {
  const element = Object.assign(document.createElement("input"), { value: text, placeholder, spellcheck: false });
  element.className = className;
  element.setAttribute("aria-label", label);
  element.autocomplete = "off";
  return element;
}

function cell(...children: HTMLElement[]): HTMLTableCellElement {
  const td = document.createElement("td");
  td.append(...children);
  return td;
}

export function createConfigEditor(body: HTMLTableSectionElement, onChange: () => void): ConfigEditor {
  const rows: Row[] = [];

  function addRow(keyText = "", valueText = ""): void {
    const id = `config-row-${++rowIds}`;
    const tr = document.createElement("tr");
    const key = input("config-key", "Option key", keyText, "option key, e.g. pipeline.name");
    key.setAttribute("list", "option-keys");
    const value = input("config-value", "Option value", valueText, "value");
    const findings = cell();
    findings.className = "findings";
    findings.id = `${id}-findings`;
    // Screen readers read a row's findings with its key.
    key.setAttribute("aria-describedby", findings.id);
    const remove = Object.assign(document.createElement("button"), { type: "button", textContent: "Remove" });
    remove.className = "secondary";
    remove.setAttribute("aria-label", "Remove this setting");
    const row: Row = { key, value, findings };
    remove.addEventListener("click", () => {
      rows.splice(rows.indexOf(row), 1);
      tr.remove();
      onChange();
    });
    for (const field of [key, value]) {
      field.addEventListener("input", onChange);
      // Enter in a setting (say, to take a completion) must not submit the job.
      field.addEventListener("keydown", (event) => {
        if (event.key === "Enter") {
          event.preventDefault();
        }
      });
    }
    tr.append(cell(key), cell(value), findings, cell(remove));
    body.append(tr);
    rows.push(row);
    if (keyText === "") {
      key.focus();
    }
  }

  function finding(diagnostic: Diagnostic, key: HTMLInputElement): HTMLElement {
    const line = document.createElement("p");
    line.className = `finding ${diagnostic.severity}`;
    const code = Object.assign(document.createElement("code"), { textContent: diagnostic.code });
    line.append(code, ` ${diagnostic.message}`);
    const suggestion = diagnostic.suggestion;
    if (suggestion && !NOT_A_KEY.has(diagnostic.code) && suggestion !== key.value.trim()) {
      const apply = Object.assign(document.createElement("button"), {
        type: "button",
        textContent: `Use ${suggestion}`,
      });
      apply.className = "use-suggestion";
      apply.addEventListener("click", () => {
        key.value = suggestion;
        onChange();
        key.focus();
      });
      line.append(" ", apply);
    }
    return line;
  }

  return {
    addRow,
    values() {
      const out: Record<string, string> = {};
      for (const { key, value } of rows) {
        if (key.value.trim() !== "") {
          out[key.value.trim()] = value.value;
        }
      }
      return out;
    },
    showFindings(findings) {
      for (const { key, findings: td } of rows) {
        const mine = findings.filter((f) => f.key === key.value.trim());
        td.replaceChildren(...mine.map((f) => finding(f, key)));
        key.setAttribute("aria-invalid", String(mine.some((f) => f.severity === "error")));
      }
    },
  };
}
