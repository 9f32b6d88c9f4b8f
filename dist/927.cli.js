export const id=927;export const ids=[927];export const modules={
93927:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.r(__webpack_exports__)
;__webpack_require__.d(__webpack_exports__,{command:()=>command})
;var node_path__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(74296)
;var _bundle_safe_extract_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(48038)
;const usage=`Usage: awo unpack <bundle.tar.gz> [dir] [--sha256 <expected>] [--max-bytes <n>]\n\nSafely extracts an evidence bundle into [dir] (default: the current folder) as <dir>/<run id>/.\nRefuses absolute paths, "..", links, devices, duplicate entries, entries outside the one top folder\nand output beyond --max-bytes (default ${_bundle_safe_extract_js__WEBPACK_IMPORTED_MODULE_2__.fS}); on refusal nothing is left behind, nor when\ninterrupted (Ctrl-C exits 130, SIGTERM 143).\nPrints the run folder's path, then the bundle's sha256:<hex> digest.\n\n  --sha256 <expected>  check the bundle's digest before reading anything inside it\n  --max-bytes <n>      refuse bundles that expand beyond n bytes`
;const command={name:"unpack",summary:"Safely extract an evidence bundle (.tar.gz) into a folder",usage:usage,
async run(args,io){const positional=[];let expectedSha256;let maxBytes;for(let i=0;i<args.length;i++){const arg=args[i]
;if(arg==="--help"||arg==="-h")return io.out(usage),0
;const[flag,inline]=arg.startsWith("--")&&arg.includes("=")?arg.split(/=(.*)/s,2):[arg,undefined]
;if(flag==="--sha256"||flag==="--max-bytes"){const value=inline??args[++i]
;if(value===undefined)throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(`${flag} needs a value\n\n${usage}`)
;if(flag==="--sha256")expectedSha256=value;else{maxBytes=Number(value);if(!Number.isSafeInteger(maxBytes)||maxBytes<=0){
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(`--max-bytes must be a positive whole number, found "${value}"`)
}}}else if(arg.startsWith("-")){
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(`unknown option ${arg}\n\n${usage}`)}else{positional.push(arg)
}}if(positional.length===0)throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(`missing the bundle\n\n${usage}`)
;if(positional.length>2)throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(`too many arguments\n\n${usage}`)
;const[bundle,dir="."]=positional
;const result=await(0,_bundle_safe_extract_js__WEBPACK_IMPORTED_MODULE_2__.zq)(node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(io.cwd,bundle),node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(io.cwd,dir),{
expectedSha256:expectedSha256,maxBytes:maxBytes});io.out(result.runDir);io.out(result.sha256);return 0}}}};
