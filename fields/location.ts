import type { Field } from 'payload'

import type { AdminLabel } from '../lib/i18n/label'

export function locationField(): Field {
  return {
    name: 'location',
    type: 'group',
    label: { zh: '位置', en: 'Location', ja: '所在地', ko: '위치' } satisfies AdminLabel,
    fields: [
      { name: 'address', type: 'text', localized: true, label: { zh: '地址', en: 'Address', ja: '住所', ko: '주소' } satisfies AdminLabel },
      {
        type: 'row',
        fields: [
          { name: 'lat', type: 'number', min: -90, max: 90, label: { zh: '纬度', en: 'Latitude', ja: '緯度', ko: '위도' } satisfies AdminLabel },
          { name: 'lng', type: 'number', min: -180, max: 180, label: { zh: '经度', en: 'Longitude', ja: '経度', ko: '경도' } satisfies AdminLabel },
        ],
      },
    ],
  }
}
