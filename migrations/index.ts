import * as migration_20261125_004050_initial from './20261125_004050_initial';

export const migrations = [
  {
    up: migration_20261125_004050_initial.up,
    down: migration_20261125_004050_initial.down,
    name: '20261125_004050_initial'
  },
];
