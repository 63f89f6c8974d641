import type { Field } from 'payload'

import { label } from '../lib/i18n/label'

export function locationField(): Field {
  return {
    name: 'location',
    type: 'group',
    label: label('位置', 'Location', '所在地', '위치'),
    fields: [
      { name: 'address', type: 'text', localized: true, label: label('地址', 'Address', '住所', '주소') },
      {
        type: 'row',
        fields: [
          { name: 'lat', type: 'number', min: -90, max: 90, label: label('纬度', 'Latitude', '緯度', '위도') },
          { name: 'lng', type: 'number', min: -180, max: 180, label: label('经度', 'Longitude', '経度', '경도') },
        ],
      },
    ],
  }
}
