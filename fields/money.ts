import type { Field } from 'payload'

import { CURRENCIES } from '../lib/constants/currencies'
import { CURRENCY_LABELS, selectOptions } from '../lib/constants/optionLabels'
import type { AdminLabel } from '../lib/i18n/label'

/** An amount and its currency, side by side; `index` where lists filter by the amount. */
export function moneyFields(args: { name: string; label: AdminLabel; index?: boolean }): Field {
  return {
    type: 'row',
    fields: [
      { name: args.name, type: 'number', min: 0, index: args.index, label: args.label },
      {
        name: `${args.name}Currency`,
        type: 'select',
        options: selectOptions(CURRENCY_LABELS),
        defaultValue: CURRENCIES[0],
        label: { zh: '币种', en: 'Currency', ja: '通貨', ko: '통화' } satisfies AdminLabel,
      },
    ],
  }
}
