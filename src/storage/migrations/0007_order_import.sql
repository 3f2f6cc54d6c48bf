-- Named column mappings of the order CSV import (File > Import Orders…, cohort-cli import-orders
-- --profile). Kept in the workspace so the GUI and the console tool share them and they travel
-- with the file. `mapping` is JSON written by src/import/orders/ordercolumnmapping.cpp.
-- Members already carry phone and wechat_id (0001), which the import matches on.
CREATE TABLE order_import_profiles (
    name       TEXT NOT NULL PRIMARY KEY,
    mapping    TEXT NOT NULL,
    updated_at ${INT64} NOT NULL
);
