/**
 * The flinkConfiguration editor: key/value rows with option-key completion (a datalist of the
 * cluster version's keys) and the validator's findings next to each row.
 */
import type { Diagnostic } from "flink-rest-client";

export interface ConfigEditor {
  /** The rows with a key, as a flinkConfiguration map (the last row wins for a repeated key). */
  values(): Record<string, string>;
  /** Shows each finding next to the row of its key; a suggestion gets a button that applies it. */
  showFindings(findings: readonly Diagnostic[]): void;
  addRow(key?: string, value?: string): void;
}

export function createConfigEditor(body: HTMLTableSectionElement, onChange: () => void): ConfigEditor {
  const rows: Array<{
    row: HTMLTableRowElement;
    key: HTMLInputElement;
    value: HTMLInputElement;
    findings: HTMLTableCellElement;
  }> = [];

  function addRow(keyText = "", valueText = ""): void {
    const row = document.createElement("tr");
    const key = Object.assign(document.createElement("input"), { value: keyText, placeholder: "option key" });
    key.setAttribute("list", "option-keys");
    key.setAttribute("aria-label", "Option key");
    key.className = "config-key";
    const value = Object.assign(document.createElement("input"), { value: valueText, placeholder: "value" });
    value.setAttribute("aria-label", "Option value");
    value.className = "config-value";
    const findings = document.createElement("td");
    findings.className = "findings";
    const remove = Object.assign(document.createElement("button"), { type: "button", textContent: "Remove" });
    const entry = { row, key, value, findings };
    remove.addEventListener("click", () => {
      rows.splice(rows.indexOf(entry), 1);
      row.remove();
      onChange();
    });
    for (const input of [key, value]) {
      input.addEventListener("input", onChange);
    }
    const cell = (child: HTMLElement) => {
      const td = document.createElement("td");
      td.append(child);
      return td;
    };
    row.append(cell(key), cell(value), findings, cell(remove));
    body.append(row);
    rows.push(entry);
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
      for (const { key, findings: cell } of rows) {
        cell.replaceChildren();
        for (const finding of findings.filter((f) => f.key === key.value.trim())) {
          const line = document.createElement("p");
          line.className = `finding ${finding.severity}`;
          line.textContent = `${finding.code}: ${finding.message}`;
          if (finding.suggestion && finding.code !== "overridden-by-request-field") {
            const apply = Object.assign(document.createElement("button"), {
              type: "button",
              textContent: `Use ${finding.suggestion}`,
            });
            apply.className = "use-suggestion";
            apply.addEventListener("click", () => {
              key.value = finding.suggestion as string;
              onChange();
            });
            line.append(" ", apply);
          }
          cell.append(line);
        }
      }
    },
  };
}
