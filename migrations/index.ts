import * as migration_20261125_023221_initial from './20261125_023221_initial';
import * as migration_20261125_041143_media_storage_fields from './20261125_041143_media_storage_fields';

export const migrations = [
  {
    up: migration_20261125_023221_initial.up,
    down: migration_20261125_023221_initial.down,
    name: '20261125_023221_initial',
  },
  {
    up: migration_20261125_041143_media_storage_fields.up,
    down: migration_20261125_041143_media_storage_fields.down,
    name: '20261125_041143_media_storage_fields'
  },
];
