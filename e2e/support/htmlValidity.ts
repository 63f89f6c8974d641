import { type DOMReadyEvent, HtmlValidate, type Plugin, Rule, type RuleDocumentation } from 'html-validate'

/**
 * The HTML standard's rule on a required single-line `<select>` (4.10.7): its first option must be an
 * empty placeholder, so that "nothing chosen yet" exists. The Nu HTML Checker reports it as an error;
 * html-validate has no rule for it.
 */
class RequiredSelectPlaceholder extends Rule {
  documentation(): RuleDocumentation {
    return {
      description:
        'A `<select>` with `required`, without `multiple` and with a display size of 1 must have a placeholder label option: a first option, child of the select, whose value is empty.',
      url: 'https://html.spec.whatwg.org/multipage/form-elements.html#placeholder-label-option',
    }
  }

  setup(): void {
    this.on('dom:ready', ({ document }: DOMReadyEvent) => {
      for (const select of document.querySelectorAll('select[required]')) {
        const size = select.getAttributeValue('size')
        if (select.hasAttribute('multiple') || (size !== null && Number(size) > 1)) continue
        const first = select.querySelectorAll('option')[0]
        const hasPlaceholder = first !== undefined && first.parent === select && (first.getAttributeValue('value') ?? first.textContent) === ''
        if (!hasPlaceholder) {
          this.report(select, 'A required <select> must have an empty placeholder as its first option')
        }
      }
    })
  }
}

const standardPlugin: Plugin = { name: 'html-standard', rules: { 'html-standard/required-select-placeholder': RequiredSelectPlaceholder } }

/**
 * The HTML standard's conformance rules, as the Nu HTML Checker applies them, and no style preferences:
 * html-validate's `standard` preset, plus the few conformance errors it leaves to other presets.
 */
const validator = new HtmlValidate({
  root: true,
  plugins: [standardPlugin],
  extends: ['html-validate:standard'],
  rules: {
    'html-standard/required-select-placeholder': 'error',
    'missing-doctype': 'error',
    'empty-title': 'error',
    'input-attributes': 'error',
    'no-missing-references': 'error',
  },
})

/** The conformance errors of a served page, one readable line each ("line:column rule: message"). */
export async function htmlConformanceErrors(html: string): Promise<string[]> {
  const report = await validator.validateString(html)
  return report.results.flatMap((result) =>
    result.messages.filter((message) => message.severity === 2).map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
  )
}
