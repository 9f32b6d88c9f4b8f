export const id=944;export const ids=[944];export const modules={
39944:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.r(__webpack_exports__)
;__webpack_require__.d(__webpack_exports__,{command:()=>command})
;var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__)
;var node_path__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(74296)
;var _bundle_manifest_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(9075)
;var _bundle_pack_js__WEBPACK_IMPORTED_MODULE_4__=__webpack_require__(80631)
;const usage=`Usage: awo pack <run folder> [--out <dir>]\n\nPacks a finished or paused run folder into awo-<run id>-<short sha>.tar.gz: one top folder, sorted\nentries, fixed mtime, uid/gid 0, normalised modes. The same folder always gives the same bytes.\nPrints the bundle's path, then its sha256:<hex> digest.\n\n  --out <dir>   folder to write the bundle into (default: the current folder)`
;const command={name:"pack",summary:"Pack a run folder into a deterministic .tar.gz evidence bundle",usage:usage,
async run(args,io){let runArg;let outArg;for(let i=0;i<args.length;i++){const arg=args[i]
;if(arg==="--help"||arg==="-h")return io.out(usage),0;if(arg==="--out"||arg==="-o"){outArg=args[++i]
;if(outArg===undefined)throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(`${arg} needs a folder\n\n${usage}`)
}else if(arg.startsWith("--out=")){outArg=arg.slice("--out=".length)}else if(arg.startsWith("-")){
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(`unknown option ${arg}\n\n${usage}`)
}else if(runArg===undefined){runArg=arg}else{
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(`unexpected argument ${arg}: pack takes one run folder\n\n${usage}`)
}}if(runArg===undefined)throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(`missing the run folder\n\n${usage}`)
;const runDir=node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(io.cwd,runArg)
;if(node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(runDir)&&!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir,_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_3__.ir))){
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(`${runDir} has no ${_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_3__.ir}: only finished or paused runs can be packed`)
}
const bundle=await(0,_bundle_pack_js__WEBPACK_IMPORTED_MODULE_4__.jX)(runDir,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(io.cwd,outArg??"."))
;io.out(bundle.path);io.out(bundle.sha256);let problem;try{
const manifest=(0,_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_3__.K7)(runDir,bundle.fileDigests)
;if(!manifest.ok)problem=manifest.message??"unknown mismatch"}catch(err){problem=(0,
_core_errors_js__WEBPACK_IMPORTED_MODULE_2__.bD)(err)}
if(problem)io.err(`warning: the run folder does not verify (${problem}); \`awo verify\` will reject this bundle`)
;return 0}}}};
