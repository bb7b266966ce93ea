# The Debian package: `cpack -G DEB` in the build folder writes corescope_<version>_<arch>.deb,
# which `apt install ./corescope_*.deb` installs with the Qt libraries it links. It packages
# what `cmake --install` installs, under /usr.

set(CORESCOPE_PACKAGE_CONTACT "Corescope maintainers <maintainers@corescope.invalid>"
    CACHE STRING "The .deb's Maintainer field")

set(CPACK_PACKAGE_NAME corescope)
set(CPACK_PACKAGE_VENDOR "Corescope")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_CONTACT "${CORESCOPE_PACKAGE_CONTACT}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# RelWithDebInfo binaries carry their debug info: strip it from the package (~10x smaller).
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_NAME corescope)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)          # corescope_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The synopsis line is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the text below it.
string(CONCAT CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "A desktop lab for seeing parallelism: run a workload serially, on threads or on\n"
    "processes (native C++ kernels, or a real CPython through its own pools) and watch\n"
    "per-core utilization, a timeline of every task on every worker, and the speedup.\n"
    "Ships the workloads and lessons of a Python teaching material (the GIL, pools and\n"
    "chunksize, result order, shared state, a broken pool).")
# The dependencies are read from the binaries (dpkg-shlibdeps, from dpkg-dev) when it is
# there; else they are the Debian 12 packages of the libraries the app links.
find_program(CORESCOPE_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(CORESCOPE_DPKG_SHLIBDEPS)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libc6, libstdc++6, libgcc-s1, libqt6core6")
    if(TARGET corescope_gui)
        string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS
               ", libqt6gui6, libqt6widgets6, libqt6svg6, libqcustomplot2.1-qt6")
    endif()
endif()
# The Python runtime runs the user's python3; without it the native runtime still works.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "python3")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")

include(CPack)
