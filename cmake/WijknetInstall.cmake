# SPDX-License-Identifier: MIT
# What `cmake --install` puts where: the program and its GIS module, the libraries with their
# public headers as a CMake package (find_package(wijknet): wijknet::graphlib, wijknet::render,
# wijknet::gis) and a pkg-config file for graphlib, and the documentation.
include(CMakePackageConfigHelpers)

set(WIJKNET_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/wijknet)

install(TARGETS wijknet RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# Where the program looks for it (tools/cli/gis_module_loader.cpp).
install(TARGETS wijknet_gis_module LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/wijknet)

set_target_properties(wijknet_graphlib PROPERTIES EXPORT_NAME graphlib)
set_target_properties(wijknet_render PROPERTIES EXPORT_NAME render)
set_target_properties(wijknet_gis PROPERTIES EXPORT_NAME gis)
set_target_properties(wijknet_build_flags PROPERTIES EXPORT_NAME build_flags)
# build_flags comes along because the static libraries name it: of it, a consumer gets only the
# sanitizers' link options, and only from a sanitizer build.
install(TARGETS wijknet_graphlib wijknet_render wijknet_gis wijknet_build_flags
  EXPORT wijknetTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/graphlib/include/ ${PROJECT_SOURCE_DIR}/render/include/
                  ${PROJECT_BINARY_DIR}/graphlib/generated/
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT wijknetTargets NAMESPACE wijknet:: DESTINATION ${WIJKNET_CMAKE_DIR})

configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/wijknetConfig.cmake.in ${PROJECT_BINARY_DIR}/wijknetConfig.cmake
  INSTALL_DESTINATION ${WIJKNET_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/wijknetConfigVersion.cmake COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/wijknetConfig.cmake ${PROJECT_BINARY_DIR}/wijknetConfigVersion.cmake
  DESTINATION ${WIJKNET_CMAKE_DIR})

# The .pc file finds the prefix from its own place, so an installed tree may be moved.
file(RELATIVE_PATH WIJKNET_PC_TO_PREFIX ${CMAKE_INSTALL_FULL_LIBDIR}/pkgconfig ${CMAKE_INSTALL_PREFIX})
configure_file(${CMAKE_CURRENT_LIST_DIR}/wijknet.pc.in ${PROJECT_BINARY_DIR}/wijknet.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/wijknet.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR})
