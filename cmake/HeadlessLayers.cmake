# Configure-time check of the layering rule "nothing below ui links QtWidgets": walks the link
# closure of each headless target (their own libraries and the Qt modules those pull in, e.g.
# PrintSupport brings Widgets) and fails configure when a forbidden module appears.

# _cohort_link_closure(<target> <out-var>): every target reachable through the link libraries.
function(_cohort_link_closure target out)
    set(seen "")
    set(pending ${target})
    while(pending)
        list(POP_FRONT pending current)
        if(current IN_LIST seen OR NOT TARGET ${current})
            continue()
        endif()
        list(APPEND seen ${current})
        get_target_property(aliased ${current} ALIASED_TARGET)
        if(aliased)
            list(APPEND pending ${aliased})
        endif()
        foreach(property LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
            get_target_property(links ${current} ${property})
            if(NOT links)
                continue()
            endif()
            foreach(link IN LISTS links)
                # Static libraries list their private links as $<LINK_ONLY:...>.
                string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" link "${link}")
                if(NOT link MATCHES "^\\$<")
                    list(APPEND pending ${link})
                endif()
            endforeach()
        endforeach()
    endwhile()
    set(${out} ${seen} PARENT_SCOPE)
endfunction()

# cohort_require_headless(<target>... FORBID <module>...): fails configure when a target links
# (directly or through another) one of the forbidden Qt modules.
function(cohort_require_headless)
    cmake_parse_arguments(ARG "" "" "FORBID" ${ARGN})
    foreach(target IN LISTS ARG_UNPARSED_ARGUMENTS)
        _cohort_link_closure(${target} closure)
        foreach(module IN LISTS ARG_FORBID)
            foreach(candidate ${module} Qt6::${module} Qt::${module})
                if(candidate IN_LIST closure)
                    message(FATAL_ERROR "${target} links ${candidate}: the layers below ui and "
                                        "cohort-cli stay headless (README.md, Layout).")
                endif()
            endforeach()
        endforeach()
    endforeach()
endfunction()
