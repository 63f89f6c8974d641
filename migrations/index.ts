import * as migration_20261125_010523_initial from './20261125_010523_initial';

export const migrations = [
  {
    up: migration_20261125_010523_initial.up,
    down: migration_20261125_010523_initial.down,
    name: '20261125_010523_initial'
  },
];
