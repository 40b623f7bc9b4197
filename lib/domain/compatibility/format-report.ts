import { COMPATIBILITY_MODES } from '../model';
import type { CompatibilityReport, ReportedChange } from './types';

export type ReportStyle = 'text' | 'markdown';

/**
 * A human report of a compatibility check, for the CLI (`text`) and PR comments (`markdown`):
 * headline verdict, the verdict under every mode, then each change with its path, kind,
 * sentence and counterexample.
 *
 * @example formatReport(checkCompatibility(input), 'markdown')
 */
export function formatReport(report: CompatibilityReport, style: ReportStyle): string {
  return style === 'markdown' ? markdownReport(report) : textReport(report);
}

function breaking(report: CompatibilityReport, change: ReportedChange): boolean {
  return change.breakingUnder.includes(report.mode);
}

function summary(report: CompatibilityReport): string {
  const count = report.changes.filter((change) => breaking(report, change)).length;
  const total = report.changes.length;
  return `${count} breaking change${count === 1 ? '' : 's'}, ${total} change${total === 1 ? '' : 's'} in total.`;
}

function location(change: ReportedChange): string {
  return change.path === '' ? '(root)' : change.path;
}

function directions(change: ReportedChange): string {
  const broken = (['backward', 'forward'] as const).filter((direction) => change.breaks[direction]);
  return broken.length === 0 ? 'none' : broken.join(' and ');
}

function counterexampleCaption(change: ReportedChange, quote: (text: string) => string): string {
  const example = change.counterexample!;
  const [writer, reader] = example.acceptedBy === 'old' ? ['old', 'new'] : ['new', 'old'];
  return `Counterexample (${example.direction}): accepted by the ${writer} schema, rejected by the ${reader} one (${quote(example.rejection)})`;
}

function textReport(report: CompatibilityReport): string {
  const lines = [`${report.compatible ? 'COMPATIBLE' : 'INCOMPATIBLE'} under ${report.mode}: ${summary(report)}`, ''];
  const width = Math.max(...COMPATIBILITY_MODES.map((mode) => mode.length));
  lines.push(`${'Mode'.padEnd(width)}  Verdict`);
  for (const mode of COMPATIBILITY_MODES) lines.push(`${mode.padEnd(width)}  ${report.matrix[mode] ? 'compatible' : 'INCOMPATIBLE'}`);
  if (report.changes.length > 0) lines.push('', 'Changes:');
  report.changes.forEach((change, index) => {
    const tag = breaking(report, change) ? '[BREAKING] ' : '';
    lines.push(`${index + 1}. ${tag}${change.kind} at ${location(change)} (against version ${change.against})`);
    lines.push(`   ${change.message}`);
    lines.push(`   Breaks: ${directions(change)}`);
    if (change.counterexample) {
      lines.push(`   ${counterexampleCaption(change, (text) => text)}:`);
      for (const line of JSON.stringify(change.counterexample.payload, null, 2).split('\n')) lines.push(`     ${line}`);
    }
  });
  return `${lines.join('\n')}\n`;
}

function markdownReport(report: CompatibilityReport): string {
  const headline = report.compatible ? `✅ Compatible under \`${report.mode}\`` : `❌ Incompatible under \`${report.mode}\``;
  const lines = [`### ${headline}`, '', summary(report), '', '| Mode | Verdict |', '| --- | --- |'];
  for (const mode of COMPATIBILITY_MODES) lines.push(`| \`${mode}\` | ${report.matrix[mode] ? '✅ compatible' : '❌ incompatible'} |`);
  if (report.changes.length > 0) lines.push('', '#### Changes', '');
  for (const change of report.changes) {
    const tag = breaking(report, change) ? '**Breaking** ' : '';
    lines.push(`- ${tag}\`${change.kind}\` at \`${location(change)}\` (against version ${change.against}, breaks: ${directions(change)})  `);
    lines.push(`  ${change.message}`);
    if (change.counterexample) {
      lines.push('', `  ${counterexampleCaption(change, (text) => `\`${text}\``)}:`, '', '  ```json');
      for (const line of JSON.stringify(change.counterexample.payload, null, 2).split('\n')) lines.push(`  ${line}`);
      lines.push('  ```');
    }
  }
  return `${lines.join('\n')}\n`;
}
