#include "CCurlLoader.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct DatelineCurl {
    CURLcode (*global_init)(long flags);
    CURL *(*easy_init)(void);
    CURLcode (*easy_setopt)(CURL *handle, CURLoption option, ...);
    CURLcode (*easy_perform)(CURL *handle);
    CURLcode (*easy_getinfo)(CURL *handle, CURLINFO info, ...);
    void (*easy_cleanup)(CURL *handle);
    struct curl_slist *(*slist_append)(struct curl_slist *list, const char *line);
    void (*slist_free_all)(struct curl_slist *list);
};

/// One loaded library, remembered by name.
struct LoadedCurl {
    char *name;
    DatelineCurl functions;
    struct LoadedCurl *next;
};

static pthread_mutex_t loaded_lock = PTHREAD_MUTEX_INITIALIZER;
static struct LoadedCurl *loaded = NULL;

/// Resolves every function of `functions` from `library`; 0 when one is missing.
static int resolve(void *library, DatelineCurl *functions) {
    *(void **)&functions->global_init = dlsym(library, "curl_global_init");
    *(void **)&functions->easy_init = dlsym(library, "curl_easy_init");
    *(void **)&functions->easy_setopt = dlsym(library, "curl_easy_setopt");
    *(void **)&functions->easy_perform = dlsym(library, "curl_easy_perform");
    *(void **)&functions->easy_getinfo = dlsym(library, "curl_easy_getinfo");
    *(void **)&functions->easy_cleanup = dlsym(library, "curl_easy_cleanup");
    *(void **)&functions->slist_append = dlsym(library, "curl_slist_append");
    *(void **)&functions->slist_free_all = dlsym(library, "curl_slist_free_all");
    return functions->global_init && functions->easy_init && functions->easy_setopt && functions->easy_perform
        && functions->easy_getinfo && functions->easy_cleanup
        && functions->slist_append && functions->slist_free_all;
}

const DatelineCurl *dateline_curl_open(const char *name) {
    pthread_mutex_lock(&loaded_lock);
    const DatelineCurl *found = NULL;
    for (struct LoadedCurl *entry = loaded; entry; entry = entry->next) {
        if (strcmp(entry->name, name) == 0) {
            found = &entry->functions;
            break;
        }
    }
    if (!found) {
        void *library = dlopen(name, RTLD_LAZY | RTLD_LOCAL);
        struct LoadedCurl *entry = library ? calloc(1, sizeof *entry) : NULL;
        if (entry && resolve(library, &entry->functions) && entry->functions.global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK
            && (entry->name = strdup(name))) {
            entry->next = loaded;
            loaded = entry;
            found = &entry->functions;
        } else {
            free(entry);
            if (library) dlclose(library);
        }
    }
    pthread_mutex_unlock(&loaded_lock);
    return found;
}

CURL *dateline_curl_easy_init(const DatelineCurl *curl) { return curl->easy_init(); }

CURLcode dateline_curl_set_string(const DatelineCurl *curl, CURL *handle, CURLoption option, const char *value) {
    return curl->easy_setopt(handle, option, value);
}

CURLcode dateline_curl_set_long(const DatelineCurl *curl, CURL *handle, CURLoption option, long value) {
    return curl->easy_setopt(handle, option, value);
}

CURLcode dateline_curl_set_pointer(const DatelineCurl *curl, CURL *handle, CURLoption option, void *value) {
    return curl->easy_setopt(handle, option, value);
}

CURLcode dateline_curl_set_headers(const DatelineCurl *curl, CURL *handle, struct curl_slist *headers) {
    return curl->easy_setopt(handle, CURLOPT_HTTPHEADER, headers);
}

CURLcode dateline_curl_set_callback(
    const DatelineCurl *curl, CURL *handle, CURLoption option, curl_write_callback callback) {
    return curl->easy_setopt(handle, option, callback);
}

CURLcode dateline_curl_perform(const DatelineCurl *curl, CURL *handle) { return curl->easy_perform(handle); }

long dateline_curl_response_code(const DatelineCurl *curl, CURL *handle) {
    long code = 0;
    return curl->easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &code) == CURLE_OK ? code : 0;
}

const char *dateline_curl_effective_url(const DatelineCurl *curl, CURL *handle) {
    const char *url = NULL;
    return curl->easy_getinfo(handle, CURLINFO_EFFECTIVE_URL, &url) == CURLE_OK ? url : NULL;
}

void dateline_curl_cleanup(const DatelineCurl *curl, CURL *handle) { curl->easy_cleanup(handle); }

struct curl_slist *dateline_curl_slist_append(const DatelineCurl *curl, struct curl_slist *list, const char *line) {
    return curl->slist_append(list, line);
}

void dateline_curl_slist_free_all(const DatelineCurl *curl, struct curl_slist *list) { curl->slist_free_all(list); }
