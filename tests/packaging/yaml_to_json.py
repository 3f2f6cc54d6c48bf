#!/usr/bin/env python3
"""Prints a YAML file as JSON, for tst_ciworkflow.

Usage: yaml_to_json.py FILE
Exit codes: 0 printed; 2 the file is not valid YAML, or a mapping repeats a key (GitHub Actions
refuses such a workflow, PyYAML alone would keep the last value); 77 PyYAML is not installed
(Debian: python3-yaml), so the test skips unless COHORT_REQUIRE_TEST_TOOLS is set.
"""
import json
import sys

try:
    import yaml
except ImportError:
    print("PyYAML is not installed (Debian: python3-yaml, pip: pyyaml)", file=sys.stderr)
    sys.exit(77)


class UniqueKeyLoader(yaml.SafeLoader):
    pass


def construct_unique_mapping(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, "duplicate key %r" % (key,), key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep)


UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
                                construct_unique_mapping)


def main():
    if len(sys.argv) != 2:
        print("usage: yaml_to_json.py FILE", file=sys.stderr)
        return 2
    try:
        with open(sys.argv[1], encoding="utf-8") as stream:
            document = yaml.load(stream, Loader=UniqueKeyLoader)
    except (OSError, yaml.YAMLError) as error:
        print("%s: %s" % (sys.argv[1], error), file=sys.stderr)
        return 2
    # YAML 1.1 reads the key "on" as true: JSON writes that key as "true".
    json.dump(document, sys.stdout, default=str)
    return 0


if __name__ == "__main__":
    sys.exit(main())
