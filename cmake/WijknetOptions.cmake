# SPDX-License-Identifier: MIT
# Build options, listed in the feature summary at the end of configuration.
option(WIJKNET_BUILD_TESTS "Build the GoogleTest suites and register them with CTest" ON)
option(WIJKNET_BUILD_PYTHON "Build the Python module (import wijknet; needs pybind11-dev and python3-dev)" ON)
option(WIJKNET_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(WIJKNET_SANITIZE_THREADS "Build with ThreadSanitizer (not with WIJKNET_SANITIZE)" OFF)
option(WIJKNET_FUZZ "Build only graphlib and the libFuzzer targets of fuzz/ (clang; ASan + UBSan, UBSan errors fatal)" OFF)
option(WIJKNET_WARNINGS_AS_ERRORS "Treat compiler warnings in wijknet's own code as errors" OFF)
add_feature_info(tests WIJKNET_BUILD_TESTS "GoogleTest suites under tests/")
add_feature_info(python WIJKNET_BUILD_PYTHON "the Python module under python/")
add_feature_info(sanitizers WIJKNET_SANITIZE "ASan + UBSan instrumentation")
add_feature_info(thread_sanitizer WIJKNET_SANITIZE_THREADS "TSan instrumentation")
add_feature_info(werror WIJKNET_WARNINGS_AS_ERRORS "-Werror on wijknet targets")
add_feature_info(fuzz WIJKNET_FUZZ "libFuzzer targets under fuzz/")

# Every wijknet target links this interface target: warnings and sanitizers in one place,
# so third-party code never sees our flags.
add_library(wijknet_build_flags INTERFACE)
add_library(wijknet::build_flags ALIAS wijknet_build_flags)
# GCC 12 flags every designated initializer that leaves members to their defaults
# (-Wmissing-field-initializers, GCC bug 96868), which is the point of designated initializers.
target_compile_options(wijknet_build_flags INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                                     -Wno-sign-conversion -Wno-missing-field-initializers)
if(WIJKNET_WARNINGS_AS_ERRORS)
  target_compile_options(wijknet_build_flags INTERFACE -Werror)
endif()
if(WIJKNET_SANITIZE)
  target_compile_options(wijknet_build_flags INTERFACE -fsanitize=address,undefined
                                                       -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(wijknet_build_flags INTERFACE -fsanitize=address,undefined)
endif()
if(WIJKNET_SANITIZE_THREADS)
  if(WIJKNET_SANITIZE)
    message(FATAL_ERROR "WIJKNET_SANITIZE_THREADS and WIJKNET_SANITIZE cannot be combined (expected one of them)")
  endif()
  target_compile_options(wijknet_build_flags INTERFACE -fsanitize=thread -fno-omit-frame-pointer)
  target_link_options(wijknet_build_flags INTERFACE -fsanitize=thread)
endif()
if(WIJKNET_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "WIJKNET_FUZZ needs clang for libFuzzer (expected -DCMAKE_CXX_COMPILER=clang++, as the fuzz preset sets)")
  endif()
  # Every wijknet source is instrumented for coverage and checked; the targets add libFuzzer's main.
  target_compile_options(wijknet_build_flags INTERFACE -fsanitize=fuzzer-no-link,address,undefined
                                                       -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(wijknet_build_flags INTERFACE -fsanitize=address,undefined)
endif()
