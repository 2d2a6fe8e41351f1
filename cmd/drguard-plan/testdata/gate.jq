def mods($p): {p: $p, m: .}, (.module_calls // {} | to_entries[] | .key as $k | .value.module | mods($p + "module." + $k + "."));
(.variables // {}) as $vars | (.configuration.provider_config // {}) as $pc
| [.configuration.root_module | mods("") | .p as $p | .m.resources[]? | select(.mode == "managed")
   | ($pc[.provider_config_key] // {}) as $c
   | select($c.alias == $alias or ($c.expressions.region.constant_value // (if ($c.module_address // "") == "" then $vars[($c.expressions.region.references[0]? // "") | ltrimstr("var.")].value else null end)) == $region)
   | $p + .address] as $bound
| .resource_changes[]? | select(.mode == "managed")
| select((.change.actions - ["no-op", "read", "forget"]) != [] or .change.importing != null)
| (.address | gsub("\\[(\"([^\"\\\\]|\\\\.)*\"|[0-9]+)\\]"; "")) as $cfg
| select(any($bound[]; . == $cfg) or .change.after.region == $region or .change.before.region == $region)
| .address
