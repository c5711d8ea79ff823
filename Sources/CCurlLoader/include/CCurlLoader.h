/// libcurl, loaded with `dlopen` at the first fetch instead of linked.
///
/// `curl_easy_setopt` and `curl_easy_getinfo` are variadic, so Swift cannot call them through
/// function pointers; these wrappers take one typed value each. `curl/curl.h` is included for
/// its types and constants only: nothing here links libcurl.
#ifndef CCURLLOADER_H
#define CCURLLOADER_H

#include <curl/curl.h>
#include <stddef.h>

/// The few libcurl functions Dateline calls, resolved from one loaded library.
typedef struct DatelineCurl DatelineCurl;

/// Loads the library `name` (e.g. "libcurl.so.4") and resolves its functions; NULL when the
/// library cannot be loaded or lacks one of them. Never unloaded. Safe from any thread.
const DatelineCurl *dateline_curl_open(const char *name);

/// A new easy handle, or NULL.
CURL *dateline_curl_easy_init(const DatelineCurl *curl);
/// Sets an option that takes a string (copied by libcurl).
CURLcode dateline_curl_set_string(const DatelineCurl *curl, CURL *handle, CURLoption option, const char *value);
/// Sets an option that takes a long.
CURLcode dateline_curl_set_long(const DatelineCurl *curl, CURL *handle, CURLoption option, long value);
/// Sets an option that takes a data pointer (CURLOPT_WRITEDATA, CURLOPT_HEADERDATA).
CURLcode dateline_curl_set_pointer(const DatelineCurl *curl, CURL *handle, CURLoption option, void *value);
/// Sets CURLOPT_HTTPHEADER.
CURLcode dateline_curl_set_headers(const DatelineCurl *curl, CURL *handle, struct curl_slist *headers);
/// Sets a write or header callback (CURLOPT_WRITEFUNCTION, CURLOPT_HEADERFUNCTION).
CURLcode dateline_curl_set_callback(
    const DatelineCurl *curl, CURL *handle, CURLoption option, curl_write_callback callback);
/// Runs the transfer.
CURLcode dateline_curl_perform(const DatelineCurl *curl, CURL *handle);
/// The last response's HTTP status, or 0.
long dateline_curl_response_code(const DatelineCurl *curl, CURL *handle);
/// The last address used (after redirects), or NULL; owned by the handle.
const char *dateline_curl_effective_url(const DatelineCurl *curl, CURL *handle);
/// Frees the handle.
void dateline_curl_cleanup(const DatelineCurl *curl, CURL *handle);
/// Appends a header line to a list (NULL starts one); NULL when out of memory.
struct curl_slist *dateline_curl_slist_append(const DatelineCurl *curl, struct curl_slist *list, const char *line);
/// Frees a header list.
void dateline_curl_slist_free_all(const DatelineCurl *curl, struct curl_slist *list);

#endif
